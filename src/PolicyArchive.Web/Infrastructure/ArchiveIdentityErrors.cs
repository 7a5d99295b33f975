using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace PolicyArchive.Web.Infrastructure;

/// <summary>ASP.NET Core Identity's error messages (a password too short, an email already used...) in the interface's
/// language: Identity writes its own English otherwise, which the account pages would show as they are.</summary>
public sealed class ArchiveIdentityErrors(IStringLocalizer<SharedResource> l) : IdentityErrorDescriber
{
    private IdentityError Error(string code, string english, params object[] values) =>
        new() { Code = code, Description = l[english, values].Value };

    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Something went wrong with the account; nothing was changed.");
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "Someone changed this account in the meantime; reload the page and try again.");
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "The current password is not right.");
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "This link or code is no longer valid.");
    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), "This recovery code is not valid.");
    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated), "Another account already uses this sign-in.");
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), "“{0}” cannot be used as a user name: use letters, digits and - . _ @ + only.", userName ?? "");
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), "“{0}” is not a valid email address.", email ?? "");
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), "There is already an account named “{0}”.", userName);
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), "There is already an account with the email “{0}”.", email);
    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), "“{0}” is not a valid role.", role ?? "");
    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), "The role “{0}” already exists.", role);
    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), "This account already has a password.");
    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), "This account cannot be locked.");
    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), "The account already has the role “{0}”.", role);
    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), "The account does not have the role “{0}”.", role);
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), "The password must have at least {0} characters; a few words in a row make a good one.", length);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), "The password must use at least {0} different characters.", uniqueChars);
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "The password must have a character other than a letter or a digit.");
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "The password must have a digit.");
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "The password must have a lowercase letter.");
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "The password must have an uppercase letter.");
}
