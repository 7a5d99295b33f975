using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Security;

/// <summary>The hostile inputs and bad files of the security suite, kept in the repository beside the tests.</summary>
public static class SecurityData
{
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "PolicyArchive.Web.Tests", "Security", "Data");

    public static string PathOf(string name) => Path.Combine(Folder, name);
}
