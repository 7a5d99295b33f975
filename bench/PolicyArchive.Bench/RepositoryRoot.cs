namespace PolicyArchive.Bench;

internal static class RepositoryRoot
{
    /// <summary>The nearest ancestor holding PolicyArchive.sln, so the tool finds seeds/ and docs/ from bin/.</summary>
    public static string? Find(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PolicyArchive.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
