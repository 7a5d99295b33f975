using PolicyArchive.Core.Ingestion;

namespace PolicyArchive.Core.Editorial;

/// <summary>A source an editor adds through the form, ready to store: the pipeline's extraction with the editor's values
/// over it (<see cref="EditorIntake"/>), the hash of the input as received, and the uploaded file's name if any.</summary>
public sealed record NewSource(CuratedSource Curated, string ContentSha256, string? FileName = null)
{
    public string Body => Curated.Source.Body;
}
