namespace PolicyArchive.Core.Editorial;

/// <summary>Locality-sensitive keys for near-duplicate detection: a MinHash signature of the text's shingles, cut into
/// bands. Two texts share at least one band with high probability when their resemblance is high (21 bands of 3:
/// 94% at 0.5, 99% at 0.6, 2% at 0.1), so candidates come from an index look-up instead of comparing with every text;
/// the exact resemblance is then computed on the few candidates only.</summary>
public static class MinHash
{
    public const int Bands = 21;
    public const int Rows = 3;

    public static IReadOnlyList<string> BandKeys(string text) => BandKeys(Shingles.Of(text));

    public static IReadOnlyList<string> BandKeys(IReadOnlySet<long> shingles)
    {
        if (shingles.Count == 0) return [];
        var signature = new ulong[Bands * Rows];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var s in shingles)
        {
            for (var i = 0; i < signature.Length; i++)
            {
                var h = Mix(unchecked((ulong)s ^ Seed(i)));
                if (h < signature[i]) signature[i] = h;
            }
        }
        var keys = new string[Bands];
        for (var b = 0; b < Bands; b++)
        {
            var h = (ulong)b;
            for (var r = 0; r < Rows; r++) h = Mix(h ^ signature[(b * Rows) + r]);
            keys[b] = $"{b:x2}{h:x16}";
        }
        return keys;
    }

    private static ulong Seed(int i) => unchecked(0x9E3779B97F4A7C15UL * (ulong)(i + 1));

    // SplitMix64's finaliser: a fast, well-mixed 64-bit hash.
    private static ulong Mix(ulong x)
    {
        x = unchecked((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL);
        x = unchecked((x ^ (x >> 27)) * 0x94D049BB133111EBUL);
        return x ^ (x >> 31);
    }
}
