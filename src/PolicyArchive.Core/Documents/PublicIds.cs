using System.Security.Cryptography;

namespace PolicyArchive.Core.Documents;

/// <summary>Short permalink ids: 8 characters of Crockford base32 (no I, L, O, U), random, so they reveal nothing and never collide in practice.</summary>
public static class PublicIds
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
    public const int Length = 8;

    public static string New() => string.Create(Length, 0, static (span, _) =>
    {
        Span<byte> bytes = stackalloc byte[Length];
        RandomNumberGenerator.Fill(bytes);
        for (var i = 0; i < span.Length; i++) span[i] = Alphabet[bytes[i] & 31];
    });

    public static bool IsWellFormed(string? id) =>
        id is { Length: Length } && id.All(c => Alphabet.Contains(c, StringComparison.Ordinal));

    /// <summary>The id as the archive writes it, from one typed in any letter case ("HMN52S5D"); null when it is none.</summary>
    public static string? Canonical(string? id) => id?.ToLowerInvariant() is { } lower && IsWellFormed(lower) ? lower : null;
}
