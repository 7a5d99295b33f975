namespace PolicyArchive.Bench.Corpus;

public static class Language
{
    public const string French = "fr";
    public const string English = "en";
    public const string Chinese = "zh";
    public const string Japanese = "ja";

    public static readonly IReadOnlyList<string> All = [French, English, Chinese, Japanese];

    public static bool IsCjk(string language) => language is Chinese or Japanese;
}
