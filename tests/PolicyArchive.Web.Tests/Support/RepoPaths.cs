namespace PolicyArchive.Web.Tests.Support;

public static class RepoPaths
{
    /// <summary>The repository root, found by walking up to PolicyArchive.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PolicyArchive.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("PolicyArchive.sln not found above " + AppContext.BaseDirectory);
    }
}
