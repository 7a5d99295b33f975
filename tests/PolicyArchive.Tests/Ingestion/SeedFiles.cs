namespace PolicyArchive.Tests.Ingestion;

/// <summary>Finds the repository's seeds/ folder from the test's output directory.</summary>
internal static class SeedFiles
{
    public static string Directory
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !System.IO.Directory.Exists(Path.Combine(dir.FullName, "seeds")))
            {
                dir = dir.Parent;
            }
            return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("seeds/ not found above the test directory"), "seeds");
        }
    }

    public static string PathOf(string prefix) => System.IO.Directory.GetFiles(Directory, prefix + "_*.txt").Single();

    public static byte[] Bytes(string prefix) => File.ReadAllBytes(PathOf(prefix));
}
