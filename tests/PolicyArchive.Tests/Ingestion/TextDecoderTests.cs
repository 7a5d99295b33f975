using System.Text;

using PolicyArchive.Core.Ingestion;

namespace PolicyArchive.Tests.Ingestion;

public sealed class TextDecoderTests
{
    private const string French = "Les contrôles à l'exportation visent les puces « H800 » — été 2025.";

    [Fact]
    public void Utf8_without_bom_is_read()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(French));
        Assert.Equal(French, decoded.Text);
        Assert.Equal("utf-8", decoded.EncodingName);
    }

    [Fact]
    public void Utf8_bom_is_dropped()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(French)).ToArray();
        var decoded = TextDecoder.Decode(bytes);
        Assert.Equal(French, decoded.Text);
        Assert.Equal("utf-8 (BOM)", decoded.EncodingName);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Utf16_little_and_big_endian_with_bom(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("出口管制 et " + French)).ToArray();
        Assert.Equal("出口管制 et " + French, TextDecoder.Decode(bytes).Text);
    }

    [Theory]
    [InlineData(true, "utf-16be")]
    [InlineData(false, "utf-16le")]
    public void Utf16_without_bom_is_recognised_by_its_zero_bytes(bool bigEndian, string expected)
    {
        var bytes = new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(French);
        var decoded = TextDecoder.Decode(bytes);
        Assert.Equal(French, decoded.Text);
        Assert.Equal(expected, decoded.EncodingName);
    }

    [Fact]
    public void Windows1252_is_the_fallback_when_bytes_are_not_utf8()
    {
        var bytes = CodePages(1252).GetBytes("Contrôles à l'exportation : « œuvre » coûte 5 €.");
        var decoded = TextDecoder.Decode(bytes);
        Assert.Equal("Contrôles à l'exportation : « œuvre » coûte 5 €.", decoded.Text);
        Assert.Equal("windows-1252", decoded.EncodingName);
    }

    [Fact]
    public void Empty_input_is_rejected_with_a_readable_reason()
    {
        var e = Assert.Throws<IngestionRejectedException>(() => TextDecoder.Decode([]));
        Assert.Contains("empty", e.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Whitespace_only_input_is_rejected()
    {
        var e = Assert.Throws<IngestionRejectedException>(() => TextDecoder.Decode(Encoding.UTF8.GetBytes(" \n\t \r\n")));
        Assert.Contains("no text", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_input_with_nul_bytes_is_rejected()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00 };
        var e = Assert.Throws<IngestionRejectedException>(() => TextDecoder.Decode(png));
        Assert.Contains("binary", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_input_made_of_control_bytes_is_rejected()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)((i % 30) + 1)).ToArray();
        var e = Assert.Throws<IngestionRejectedException>(() => TextDecoder.Decode(bytes));
        Assert.Contains("binary", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_in_an_unreadable_legacy_encoding_is_rejected()
    {
        // Shift-JIS without a BOM: neither UTF-8 nor plausible Windows-1252.
        var bytes = CodePages(932).GetBytes("ポッドキャストの詳細を見る。無料で聴く。このコンテンツについて。");
        var e = Assert.Throws<IngestionRejectedException>(() => TextDecoder.Decode(bytes));
        Assert.Contains("UTF-8", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decomposed_accents_become_nfc_and_control_characters_are_dropped()
    {
        var input = "E\u0301tats-Unis\u0007 et\u200B Chine\r\nligne\tdeux\u0000";
        var text = TextDecoder.Clean(input);
        Assert.Equal("États-Unis et Chine\nligne\tdeux", text);
        Assert.True(text.IsNormalized(NormalizationForm.FormC));
    }

    private static Encoding CodePages(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }
}
