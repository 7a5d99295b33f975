using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PolicyArchive.Core.Documents;
using PolicyArchive.Web.Infrastructure;

namespace PolicyArchive.Web.Pages.Account;

[EnableRateLimiting(AccountExtensions.LoginRateLimit)]
public sealed class LoginModel(SignInManager<ArchiveUser> signIn, UserManager<ArchiveUser> users, IPasswordHasher<ArchiveUser> hasher,
    ILogger<LoginModel> logger) : PageModel
{
    /// <summary>One answer for every refusal (unknown address, wrong password, locked account): none tells who has an account.</summary>
    public const string Refused = "The email or password is not right, or the account is locked for a while after too many failed attempts.";

    private static string? s_dummyHash;

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.FindByEmailAsync(Input.Email);
        if (user is null)
        {
            // The same password hashing as for a real account, so an unknown address takes as long to refuse.
            VerifyDummy(Input.Password);
            return Refuse();
        }
        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("{User} logged in", user.UserName);
            return Redirect(LocalUrls.SafeOrDefault(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null, "/admin"));
        }
        // A locked (or not allowed) account is refused before its password is checked: hash anyway, for the same time.
        if (result.IsLockedOut || result.IsNotAllowed) VerifyDummy(Input.Password);
        logger.LogInformation("Login refused for {User}: {Reason}", user.UserName, result.IsLockedOut ? "locked" : "wrong password");
        return Refuse();
    }

    private PageResult Refuse()
    {
        ModelState.AddModelError(string.Empty, Refused);
        return Page();
    }

    private void VerifyDummy(string password)
    {
        var dummy = new ArchiveUser { UserName = "nobody" };
        s_dummyHash ??= hasher.HashPassword(dummy, Guid.NewGuid().ToString("N"));
        hasher.VerifyHashedPassword(dummy, s_dummyHash, password);
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Enter your email.")]
        [EmailAddress(ErrorMessage = "Enter a valid email address.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password.")]
        public string Password { get; set; } = "";
    }
}
