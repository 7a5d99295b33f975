using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Editorial;

namespace PolicyArchive.Web.Pages.Account;

/// <summary>The editor's own account: the name shown publicly in revision histories (never the e-mail), and the password.</summary>
public sealed class ManageModel(UserManager<ArchiveUser> users, SignInManager<ArchiveUser> signIn) : PageModel
{
    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public PasswordInput Password { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        DisplayName = user.DisplayName;
        return Page();
    }

    public async Task<IActionResult> OnPostNameAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var name = EditorNames.DisplayName(DisplayName);
        if (EditorNames.DisplayNameProblem(name) is { } problem) ModelState.AddModelError(nameof(DisplayName), problem);
        // Each form on the page is checked for its own fields only.
        if (ModelState.GetFieldValidationState(nameof(DisplayName)) == ModelValidationState.Invalid) return Page();
        user.DisplayName = name;
        await users.UpdateAsync(user);
        Message = name is null ? "Revision histories now show \"an editor\" for your changes." : $"Revision histories now show \"{name}\" for your changes.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPasswordAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (ModelState.GetFieldValidationState("Password.Current") == ModelValidationState.Invalid
            || ModelState.GetFieldValidationState("Password.New") == ModelValidationState.Invalid)
            return Page();
        // Changing the password changes the security stamp: every other session of the account ends; this one is renewed.
        var changed = await users.ChangePasswordAsync(user, Password.Current, Password.New);
        if (!changed.Succeeded)
        {
            foreach (var e in changed.Errors)
                ModelState.AddModelError(e.Code == "PasswordMismatch" ? "Password.Current" : "Password.New", e.Description);
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        Message = "Your password is changed; your other sessions have ended.";
        return RedirectToPage();
    }

    public sealed class PasswordInput
    {
        [Required(ErrorMessage = "Enter your current password.")]
        public string Current { get; set; } = "";

        [Required(ErrorMessage = "Enter a new password (at least 12 characters).")]
        public string New { get; set; } = "";
    }
}
