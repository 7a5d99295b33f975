using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyArchive.Bench.Corpus;

/// <summary>A chain per language plus how that language splits into tokens and joins them back.</summary>
public sealed partial class LanguageModel
{
    private LanguageModel(string language, MarkovChain chain)
    {
        Code = language;
        Chain = chain;
    }

    public string Code { get; }

    public MarkovChain Chain { get; }

    public bool IsCjk => Language.IsCjk(Code);

    public string Separator => IsCjk ? string.Empty : " ";

    /// <summary>CJK has no spaces and no segmenter here, so its chain runs over characters rather than words.</summary>
    public static LanguageModel Train(string language, IEnumerable<string> texts)
    {
        var chain = new MarkovChain();
        foreach (var text in texts)
        {
            foreach (var sentence in SentenceEnd().Split(text))
            {
                var tokens = Language.IsCjk(language) ? TextElements(sentence) : Words(sentence);
                chain.AddSentence(tokens);
            }
        }

        return new LanguageModel(language, chain);
    }

    private static List<string> Words(string sentence) =>
        sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static List<string> TextElements(string sentence)
    {
        var result = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(sentence.Trim());
        while (enumerator.MoveNext())
        {
            var element = enumerator.GetTextElement();
            if (!string.IsNullOrWhiteSpace(element))
            {
                result.Add(element);
            }
        }

        return result;
    }

    [GeneratedRegex(@"(?<=[.!?。！？])\s*")]
    private static partial Regex SentenceEnd();
}
