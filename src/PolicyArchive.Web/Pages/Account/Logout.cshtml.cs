using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PolicyArchive.Core.Documents;

namespace PolicyArchive.Web.Pages.Account;

public sealed class LogoutModel(SignInManager<ArchiveUser> signIn, UserManager<ArchiveUser> users) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // A new security stamp makes the cookie worthless everywhere, so a copy of it replayed later is refused too.
        if (await users.GetUserAsync(User) is { } user) await users.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
