namespace PolicyArchive.Bench.Corpus;

/// <summary>
/// A Zipf-distributed vocabulary of made-up names (places, people, programmes) mixed into Latin-script text.
/// The seeds have only a few thousand distinct words, so without this tail every seed word would occur in a large
/// share of documents at N = 100,000 and no query could be "rare"; real archives keep adding new words (Heaps' law).
/// </summary>
public sealed class LongTailVocabulary
{
    private static readonly string[] Syllables =
    [
        "va", "lo", "ren", "mi", "tor", "sa", "bel", "qui", "dra", "no", "vel", "ka", "lun", "te", "mar", "zo",
        "fen", "ri", "gal", "do", "pra", "sel", "tu", "nim", "cor", "ba", "lis", "vo", "ter", "shu", "mon", "ga",
    ];

    private readonly double[] _cumulative;

    public LongTailVocabulary(int size)
    {
        _cumulative = new double[size];
        var sum = 0.0;
        for (var rank = 1; rank <= size; rank++)
        {
            sum += 1.0 / rank;
            _cumulative[rank - 1] = sum;
        }
    }

    public int Size => _cumulative.Length;

    /// <summary>The word at a Zipf rank (1 = most frequent); the same rank always gives the same word.</summary>
    public static string Word(int rank)
    {
        var random = new Random(unchecked((rank * 7919) + 104729));
        var syllableCount = 3 + random.Next(2);
        var chars = new System.Text.StringBuilder();
        for (var i = 0; i < syllableCount; i++)
        {
            chars.Append(Syllables[random.Next(Syllables.Length)]);
        }

        // The rank in base 26 makes every word distinct, as a suffix that still reads like a name.
        for (var r = rank; r > 0; r /= 26)
        {
            chars.Append((char)('a' + (r % 26)));
        }

        chars[0] = char.ToUpperInvariant(chars[0]);
        return chars.ToString();
    }

    public string Sample(Random random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, target);
        return Word((index < 0 ? ~index : index) + 1);
    }
}
