using System.Text;

namespace PolicyArchive.Core.Ingestion;

// Placeholder until the full extractor (cleaning, metadata, language identification) lands from the ingestion work.
public sealed class FirstLineExtractor : ISourceExtractor
{
    public ExtractedSource Extract(ReadOnlySpan<byte> content, string? fileName)
    {
        if (content.IsEmpty) throw new IngestionRejectedException("the file is empty.");
        var text = Encoding.UTF8.GetString(content).Normalize(NormalizationForm.FormC).Trim();
        if (text.Length == 0) throw new IngestionRejectedException("the file is empty.");
        var firstLine = text.Split('\n', 2)[0].Trim();
        return new ExtractedSource
        {
            Title = firstLine.Length > 200 ? firstLine[..200] : firstLine,
            Body = text,
            Language = "und",
            Passages = [new PassageSpan(0, text.Length, "und")],
        };
    }
}
