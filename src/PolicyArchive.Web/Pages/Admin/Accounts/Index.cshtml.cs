using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Editorial;
using PolicyArchive.Web.Infrastructure;

namespace PolicyArchive.Web.Pages.Admin.Accounts;

/// <summary>Administrators manage accounts: create an editor or administrator, lock and unlock, change the role.</summary>
[Authorize(Policy = AccountExtensions.AdministratorsPolicy)]
public sealed class IndexModel(UserManager<ArchiveUser> users, ArchiveDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public NewAccount Input { get; set; } = new();

    public IReadOnlyList<Row> Accounts { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (!ArchiveRoles.All.Contains(Input.Role)) ModelState.AddModelError("Input.Role", "Choose Editor or Administrator.");
        // The same rule as the person's own account page: an administrator cannot give a name the person could not choose.
        if (EditorNames.DisplayNameProblem(EditorNames.DisplayName(Input.DisplayName)) is { } problem) ModelState.AddModelError("Input.DisplayName", problem);
        if (ModelState.IsValid && await users.FindByEmailAsync(Input.Email) is not null)
            ModelState.AddModelError("Input.Email", "There is already an account with this email.");
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var user = new ArchiveUser { UserName = Input.Email.Trim(), Email = Input.Email.Trim(), EmailConfirmed = true, DisplayName = EditorNames.DisplayName(Input.DisplayName) };
        var created = await users.CreateAsync(user, Input.Password);
        if (!created.Succeeded)
        {
            foreach (var e in created.Errors)
                ModelState.AddModelError(e.Code.Contains("Password", StringComparison.Ordinal) ? "Input.Password" : "Input.Email", e.Description);
            await LoadAsync();
            return Page();
        }
        await users.AddToRolesAsync(user, RolesFor(Input.Role));
        await AuditAsync(AuditActions.AccountCreate, $"{user.Email} as {Input.Role}");
        return Done($"Account {user.Email} created as {Input.Role}.");
    }

    public async Task<IActionResult> OnPostLockAsync(string userId)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null) return Done("This account no longer exists.");
        if (user.UserName == User.Identity?.Name) return Done("You cannot lock your own account.");
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        // A new security stamp ends the sessions the account already has.
        await users.UpdateSecurityStampAsync(user);
        await AuditAsync(AuditActions.AccountLock, user.Email);
        return Done($"{user.Email} is locked and can no longer log in.");
    }

    public async Task<IActionResult> OnPostUnlockAsync(string userId)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null) return Done("This account no longer exists.");
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await AuditAsync(AuditActions.AccountUnlock, user.Email);
        return Done($"{user.Email} is unlocked.");
    }

    public async Task<IActionResult> OnPostRoleAsync(string userId, string role)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null) return Done("This account no longer exists.");
        if (!ArchiveRoles.All.Contains(role)) return Done("Choose Editor or Administrator.");
        if (role != ArchiveRoles.Administrator && await users.IsInRoleAsync(user, ArchiveRoles.Administrator)
            && (await users.GetUsersInRoleAsync(ArchiveRoles.Administrator)).Count == 1)
            return Done("The archive needs at least one administrator: make someone else administrator first.");
        await users.RemoveFromRolesAsync(user, (await users.GetRolesAsync(user)).ToList());
        await users.AddToRolesAsync(user, RolesFor(role));
        await users.UpdateSecurityStampAsync(user);
        await AuditAsync(AuditActions.AccountRole, $"{user.Email} → {role}");
        return Done($"{user.Email} is now {role}.");
    }

    private static string[] RolesFor(string role) =>
        role == ArchiveRoles.Administrator ? [ArchiveRoles.Administrator, ArchiveRoles.Editor] : [ArchiveRoles.Editor];

    private RedirectToPageResult Done(string message)
    {
        Message = message;
        return RedirectToPage();
    }

    private async Task AuditAsync(string action, string? details)
    {
        db.AuditEntries.Add(AuditActions.Entry(clock.GetUtcNow().UtcDateTime, User.Identity?.Name ?? "administrator", action, null, details));
        await db.SaveChangesAsync();
    }

    private async Task LoadAsync()
    {
        var now = clock.GetUtcNow();
        var all = await users.Users.OrderBy(u => u.Email).ToListAsync();
        var admins = (await users.GetUsersInRoleAsync(ArchiveRoles.Administrator)).Select(u => u.Id).ToHashSet();
        Accounts = all.Select(u => new Row(u.Id, u.Email ?? u.UserName ?? "", u.DisplayName,
            admins.Contains(u.Id) ? ArchiveRoles.Administrator : ArchiveRoles.Editor,
            u.LockoutEnd is { } end && end > now, u.AccessFailedCount)).ToList();
    }

    public sealed record Row(string Id, string Email, string? DisplayName, string Role, bool Locked, int FailedLogins);

    public sealed class NewAccount
    {
        [Required(ErrorMessage = "Enter the person's email.")]
        [EmailAddress(ErrorMessage = "Enter a valid email address.")]
        [StringLength(256)]
        public string Email { get; set; } = "";

        public string? DisplayName { get; set; }

        [Required(ErrorMessage = "Give a first password (at least 12 characters); the person can be told to change it.")]
        public string Password { get; set; } = "";

        public string Role { get; set; } = ArchiveRoles.Editor;
    }
}
