using PolicyArchive.Core.Ingestion;

namespace PolicyArchive.Core.Editorial;

/// <summary>A file an editor uploaded, as the extractor read it, carried from the upload to the confirmed save.</summary>
public sealed record UploadedSource(string FileName, string ContentSha256, ExtractedSource Extracted);
