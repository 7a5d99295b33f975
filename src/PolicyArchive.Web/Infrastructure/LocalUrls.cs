using System.Text;

namespace PolicyArchive.Web.Infrastructure;

/// <summary>A return address from the request, made safe to redirect to: a path on this site (not "//host" or "/\host"),
/// without control characters, with every non-ASCII character percent-encoded so it fits in a Location header.</summary>
public static class LocalUrls
{
    public static string SafeOrDefault(string? url, string fallback)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/' || url.Length > 2048) return fallback;
        if (url.Length > 1 && url[1] is '/' or '\\') return fallback;
        if (!IsWellFormed(url)) return fallback;
        var sb = new StringBuilder(url.Length);
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (c is > ' ' and < '\u007F' && c is not '"' and not '<' and not '>' and not '\\' and not '^' and not '`' and not '{' and not '|' and not '}')
            {
                sb.Append(c);
                continue;
            }
            var length = char.IsHighSurrogate(c) && i + 1 < url.Length
                ? Encoding.UTF8.GetBytes(url.AsSpan(i++, 2), bytes)
                : Encoding.UTF8.GetBytes(url.AsSpan(i, 1), bytes);
            foreach (var b in bytes[..length]) sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    // No control characters and no lone surrogate (half a character cannot be encoded).
    private static bool IsWellFormed(string url)
    {
        for (var i = 0; i < url.Length; i++)
        {
            if (char.IsControl(url[i]) || char.IsLowSurrogate(url[i])) return false;
            if (char.IsHighSurrogate(url[i]) && (++i >= url.Length || !char.IsLowSurrogate(url[i]))) return false;
        }
        return true;
    }
}
