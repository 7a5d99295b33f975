using System.Text;
using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Ingestion;

/// <summary>Text as decoded, with the encoding it was read in (for logs and the editor's view).</summary>
public sealed record DecodedText(string Text, string EncodingName);

/// <summary>Turns the bytes of a text file into clean Unicode: UTF-8 with or without BOM, UTF-16/32 by BOM,
/// UTF-16 without BOM by its zero bytes, and Windows-1252 when the bytes are not valid UTF-8. Binary data and
/// text in an encoding it cannot read are refused with <see cref="IngestionRejectedException"/>.
/// The result is NFC-normalised, with \r\n turned into \n and stray control characters dropped.</summary>
public static class TextDecoder
{
    private static readonly Encoding s_strictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly Encoding s_windows1252 = Windows1252();

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            throw new IngestionRejectedException(IngestionMessages.Empty);
        }

        var (raw, name) = DecodeRaw(bytes);
        var text = Clean(raw);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new IngestionRejectedException(IngestionMessages.NoText);
        }
        return new(text, name);
    }

    private static (string Text, string EncodingName) DecodeRaw(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (StrictUtf8(bytes[3..]), "utf-8 (BOM)");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (new UTF32Encoding(false, false).GetString(bytes[4..]), "utf-32le (BOM)");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode.GetString(bytes[2..]), "utf-16le (BOM)");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be (BOM)");
        }
        if (LooksLikeUtf16(bytes, out var bigEndian))
        {
            return bigEndian
                ? (Encoding.BigEndianUnicode.GetString(bytes), "utf-16be")
                : (Encoding.Unicode.GetString(bytes), "utf-16le");
        }
        RejectBinary(bytes);
        try
        {
            return (s_strictUtf8.GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException e)
        {
            // Valid multi-byte UTF-8 sequences mean the file is UTF-8 with damaged bytes; reading it as Windows-1252 would
            // turn every accent into two letters ("europÃ©enne"). The editor is told where, and nothing is read.
            if (Utf8Damage(bytes) is { } damage)
            {
                throw new IngestionRejectedException(IngestionMessages.Format(damage.Invalid == 1 ? IngestionMessages.DamagedUtf8OneByte : IngestionMessages.DamagedUtf8Bytes,
                    damage.Invalid, damage.FirstAt, damage.Line), e);
            }
            var text = s_windows1252.GetString(bytes);
            RejectImplausible(text);
            return (text, "windows-1252");
        }
    }

    /// <summary>For bytes that are not valid UTF-8: how many bytes are invalid and where the first is, when the rest holds
    /// valid multi-byte sequences (so the file is UTF-8 after all); null for a legacy single-byte text.</summary>
    internal static (int Invalid, long FirstAt, int Line)? Utf8Damage(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0, line = 1, firstLine = 0;
        long first = -1;
        var rest = bytes;
        long offset = 0;
        while (!rest.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(rest, out var rune, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                if (rune.Value >= 0x80) valid++;
                else if (rune.Value == '\n') line++;
            }
            else
            {
                invalid += consumed;
                if (first < 0)
                {
                    first = offset;
                    firstLine = line;
                }
            }
            rest = rest[consumed..];
            offset += consumed;
        }
        return valid > 0 && first >= 0 ? (invalid, first, firstLine) : null;
    }

    private static string StrictUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new IngestionRejectedException(IngestionMessages.BadUtf8AfterBom, e);
        }
    }

    // Text in UTF-16 without a BOM has a zero byte in (nearly) every other position for Latin text.
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        var pairs = Math.Min(bytes.Length, 8192) / 2;
        if (pairs < 2)
        {
            return false;
        }
        int zeroEven = 0, zeroOdd = 0;
        for (var i = 0; i < pairs * 2; i += 2)
        {
            zeroEven += bytes[i] == 0 ? 1 : 0;
            zeroOdd += bytes[i + 1] == 0 ? 1 : 0;
        }
        if (zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.05)
        {
            return true;
        }
        if (zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.05)
        {
            bigEndian = true;
            return true;
        }
        return false;
    }

    private static void RejectBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        if (sample.Contains((byte)0))
        {
            throw new IngestionRejectedException(IngestionMessages.BinaryNul);
        }
        var controls = 0;
        foreach (var b in sample)
        {
            controls += b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C) ? 1 : 0;
        }
        if (controls > Math.Max(2, sample.Length / 20))
        {
            throw new IngestionRejectedException(IngestionMessages.BinaryControls);
        }
    }

    // Every byte "decodes" in Windows-1252, so judge the result: a text in another legacy encoding
    // (Shift-JIS, GB2312, KOI8-R...) comes out as a soup of accented letters and symbols.
    private static void RejectImplausible(string text)
    {
        int visible = 0, odd = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }
            visible++;
            if (c >= '\u0080' && (char.IsControl(c) || !char.IsLetter(c) || !IsCommonLatinLetter(c)))
            {
                odd++;
            }
        }
        var nonAscii = text.Count(c => c >= '\u0080' && !char.IsWhiteSpace(c));
        if (visible == 0 || odd > visible / 10 || nonAscii > visible * 3 / 10)
        {
            throw new IngestionRejectedException(IngestionMessages.UnknownEncoding);
        }
    }

    private static bool IsCommonLatinLetter(char c) => c is >= '\u00C0' and <= '\u00FF' and not '\u00D7' and not '\u00F7' or 'œ' or 'Œ' or 'Ÿ' or 'š' or 'Š' or 'ž' or 'Ž';

    /// <summary>NFC, \n line ends, and no control or invisible format characters except \n and \t.</summary>
    public static string Clean(string text)
    {
        // What the store would drop (U+FFFE, U+FFFF, half a surrogate pair) goes first: valid UTF-8 can carry U+FFFF, and
        // normalisation throws on it, which refused the whole file as unreadable.
        var normalised = ArchiveText.Clean(text).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            .Replace('\u2028', '\n').Replace('\u2029', '\n');
        var sb = new StringBuilder(normalised.Length);
        foreach (var c in normalised)
        {
            if (c is '\n' or '\t')
            {
                sb.Append(c);
            }
            else if (char.IsControl(c) || c is '\uFEFF' or '\u200B' or '\u00AD' or '\uFFFD')
            {
                continue;
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    private static Encoding Windows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback);
    }
}
