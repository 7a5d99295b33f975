namespace PolicyArchive.Bench.Tests;

internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Seeds => Path.Combine(RepositoryRoot, "seeds");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PolicyArchive.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("PolicyArchive.sln not found above the test output directory.");
    }
}
