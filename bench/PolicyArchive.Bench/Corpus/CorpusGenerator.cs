using System.Text;

namespace PolicyArchive.Bench.Corpus;

/// <summary>
/// Makes document number i of a corpus from (seed, i) alone, so any N gives the same first documents and a run is
/// reproducible. Lengths are log-normal (median ~600 words, clamped to 150..40,000); French is the main language of
/// most documents and any paragraph may switch to another language.
/// </summary>
public sealed class CorpusGenerator
{
    private const int LongTailSize = 200_000;
    private const double LongTailShare = 0.02;
    private const double ForeignParagraphShare = 0.12;

    private static readonly (string Language, double Weight)[] PrimaryLanguages =
    [
        (Language.French, 0.72), (Language.English, 0.20), (Language.Chinese, 0.05), (Language.Japanese, 0.03),
    ];

    private readonly Dictionary<string, LanguageModel> _models;
    private readonly LongTailVocabulary _longTail = new(LongTailSize);
    private readonly int _seed;

    public CorpusGenerator(string seedsDirectory, int seed)
    {
        _seed = seed;
        var texts = SeedTexts.ReadByLanguage(seedsDirectory);
        texts[Language.Chinese].AddRange(EmbeddedCjkSamples.Chinese);
        texts[Language.Japanese].AddRange(EmbeddedCjkSamples.Japanese);
        _models = texts.ToDictionary(kv => kv.Key, kv => LanguageModel.Train(kv.Key, kv.Value));
    }

    public IReadOnlyDictionary<string, LanguageModel> Models => _models;

    public BenchDocument Create(int index)
    {
        var random = new Random(unchecked((_seed * 1_000_003) + index));
        var language = PickPrimaryLanguage(random);
        var targetWords = TargetLength(random);
        return new BenchDocument(
            Title: Title(random, language),
            Body: Body(random, language, targetWords),
            Language: language,
            Authors: Pick(random, Catalog.Authors, 1 + (random.NextDouble() < 0.3 ? 1 : 0)),
            Publication: Catalog.Publications[random.Next(Catalog.Publications.Count)],
            Date: PartialDate(random),
            Tags: Pick(random, Catalog.Tags, 1 + random.Next(4)));
    }

    public IEnumerable<BenchDocument> CreateMany(int count, int start = 0)
    {
        for (var i = start; i < start + count; i++)
        {
            yield return Create(i);
        }
    }

    private static string PickPrimaryLanguage(Random random)
    {
        var roll = random.NextDouble();
        foreach (var (language, weight) in PrimaryLanguages)
        {
            if ((roll -= weight) < 0)
            {
                return language;
            }
        }

        return Language.French;
    }

    private static int TargetLength(Random random)
    {
        // Box-Muller: a normal variate for the log-normal length.
        var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        return (int)Math.Clamp(Math.Exp(Math.Log(600) + normal), 150, 40_000);
    }

    private string Title(Random random, string language)
    {
        var model = _models[language];

        // Some seed "sentences" are list markers or numbers; a title needs a few letters.
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var tokens = model.Chain.NextSentence(random, model.IsCjk ? 24 : 12);
            var title = string.Join(model.Separator, tokens).Trim('.', ',', ':', ';', '-', '*', '。', '、', ' ');
            if (title.Count(char.IsLetter) >= 4)
            {
                return title;
            }
        }

        return model.IsCjk ? "人工智能政策" : "Politique de l'IA";
    }

    private string Body(Random random, string primary, int targetWords)
    {
        var body = new StringBuilder();
        var words = 0.0;
        while (words < targetWords)
        {
            var language = random.NextDouble() < ForeignParagraphShare
                ? Language.All[random.Next(Language.All.Count)]
                : primary;
            if (body.Length > 0)
            {
                body.Append("\n\n");
            }

            words += AppendParagraph(body, random, _models[language], 2 + random.Next(5));
        }

        return body.ToString();
    }

    private double AppendParagraph(StringBuilder body, Random random, LanguageModel model, int sentences)
    {
        var words = 0.0;
        for (var s = 0; s < sentences; s++)
        {
            var tokens = model.Chain.NextSentence(random, model.IsCjk ? 80 : 60);
            if (!model.IsCjk)
            {
                for (var t = 0; t < tokens.Count; t++)
                {
                    if (random.NextDouble() < LongTailShare)
                    {
                        tokens[t] = _longTail.Sample(random);
                    }
                }
            }

            if (s > 0)
            {
                body.Append(model.Separator);
            }

            body.AppendJoin(model.Separator, tokens);

            // Two CJK characters carry about one word's worth of meaning.
            words += model.IsCjk ? tokens.Count / 2.0 : tokens.Count;
        }

        return words;
    }

    private static string PartialDate(Random random)
    {
        // Skewed toward recent years, as policy archives are.
        var year = 2026 - (int)Math.Min(10, Math.Floor(-Math.Log(1 - random.NextDouble()) * 2.5));
        var precision = random.NextDouble();
        var month = 1 + random.Next(12);
        return precision switch
        {
            < 0.2 => $"{year:D4}",
            < 0.45 => $"{year:D4}-{month:D2}",
            _ => $"{year:D4}-{month:D2}-{1 + random.Next(28):D2}",
        };
    }

    private static List<string> Pick(Random random, IReadOnlyList<string> pool, int count)
    {
        var picked = new List<string>(count);
        while (picked.Count < count)
        {
            var candidate = pool[random.Next(pool.Count)];
            if (!picked.Contains(candidate))
            {
                picked.Add(candidate);
            }
        }

        return picked;
    }
}
