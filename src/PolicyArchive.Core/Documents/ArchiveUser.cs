using Microsoft.AspNetCore.Identity;

namespace PolicyArchive.Core.Documents;

public sealed class ArchiveUser : IdentityUser
{
    public string? DisplayName { get; set; }
}

public static class ArchiveRoles
{
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";
    public static readonly string[] All = [Administrator, Editor];
}
