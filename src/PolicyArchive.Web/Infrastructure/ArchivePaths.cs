using Microsoft.Extensions.Options;

namespace PolicyArchive.Web.Infrastructure;

/// <summary>Resolves the configured folders against the content root, and creates the data folder, once.</summary>
public sealed class ArchivePaths(IOptions<ArchiveOptions> options, IWebHostEnvironment env)
{
    public string DataDirectory { get; } = Directory.CreateDirectory(Path.GetFullPath(options.Value.DataDirectory, env.ContentRootPath)).FullName;

    public string DatabaseFile => Path.Combine(DataDirectory, "archive.db");

    public string IndexDirectory => Path.Combine(DataDirectory, "index");

    public string? SeedsDirectory { get; } = string.IsNullOrWhiteSpace(options.Value.SeedsDirectory)
        ? null
        : Path.GetFullPath(options.Value.SeedsDirectory, env.ContentRootPath);
}
