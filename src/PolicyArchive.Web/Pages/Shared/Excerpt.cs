namespace PolicyArchive.Web.Pages.Shared;

public static class Excerpt
{
    /// <summary>The first words of a text, cut at a word boundary, Markdown marks left as text.</summary>
    public static string Of(string? text, int maxChars)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var flat = string.Join(' ', text.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= maxChars) return flat;
        var cut = flat.LastIndexOf(' ', maxChars);
        return flat[..(cut > maxChars / 2 ? cut : maxChars)] + "…";
    }
}
