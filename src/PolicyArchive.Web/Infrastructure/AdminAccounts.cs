using Microsoft.AspNetCore.Identity;
using PolicyArchive.Core.Documents;

namespace PolicyArchive.Web.Infrastructure;

/// <summary>Creates an administrator once. There is never a built-in account: the email and password come from configuration or the create-admin command.</summary>
public static class AdminAccounts
{
    public static async Task<IdentityResult> EnsureAsync(UserManager<ArchiveUser> users, string email, string password)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new ArchiveUser { UserName = email, Email = email, EmailConfirmed = true };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded) return created;
        }
        return await users.IsInRoleAsync(user, ArchiveRoles.Administrator)
            ? IdentityResult.Success
            : await users.AddToRolesAsync(user, [ArchiveRoles.Administrator, ArchiveRoles.Editor]);
    }
}
