using System.Text.RegularExpressions;

namespace PolicyArchive.Bench.Corpus;

/// <summary>Splits the seed texts into per-language training text.</summary>
public static partial class SeedTexts
{
    // The English essay is seed 003; its Japanese lines are the podcast page around it.
    private const string EnglishSeedPrefix = "003_";

    public static Dictionary<string, List<string>> ReadByLanguage(string seedsDirectory)
    {
        var files = Directory.GetFiles(seedsDirectory, "*.txt").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new InvalidOperationException($"No seed texts (*.txt) found in '{seedsDirectory}'.");
        }

        var byLanguage = Language.All.ToDictionary(l => l, _ => new List<string>());
        foreach (var file in files)
        {
            var latinLanguage = Path.GetFileName(file).StartsWith(EnglishSeedPrefix, StringComparison.Ordinal)
                ? Language.English
                : Language.French;
            foreach (var rawLine in File.ReadLines(file))
            {
                var line = rawLine.Trim();
                if (line.Length == 0)
                {
                    continue;
                }

                // A line mixing French and Chinese (seed 001) gives its CJK runs to Chinese and the rest to French.
                foreach (Match run in CjkRun().Matches(line))
                {
                    var cjkLanguage = Kana().IsMatch(run.Value) || Kana().IsMatch(line) ? Language.Japanese : Language.Chinese;
                    if (run.Value.Count(char.IsLetter) >= 2)
                    {
                        byLanguage[cjkLanguage].Add(run.Value);
                    }
                }

                var latin = CjkRun().Replace(line, " ").Trim();
                if (latin.Count(char.IsLetter) >= 12)
                {
                    byLanguage[latinLanguage].Add(latin);
                }
            }
        }

        return byLanguage;
    }

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}\u3000-\u303f\uff01-\uff0f“”【】『』「」、。，！？]+")]
    private static partial Regex CjkRun();

    [GeneratedRegex(@"[\p{IsHiragana}\p{IsKatakana}]")]
    private static partial Regex Kana();
}
