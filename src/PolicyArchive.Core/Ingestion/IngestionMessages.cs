using System.Globalization;

namespace PolicyArchive.Core.Ingestion;

/// <summary>Every reason the archive gives an editor for refusing a file or a text (the upload form's own checks and the
/// extractor's refusals), in English, as composite format strings. The site shows them in the interface's language by
/// matching each against these templates (which are also its resource keys), so a reason written anywhere else would
/// stay in English: add new ones here. What went wrong inside a reader goes to the log, never into a reason.</summary>
public static class IngestionMessages
{
    // The upload form. A refusal by the extractor follows CannotBeRead as a sentence of its own, so each is translated apart.
    public const string ChooseFile = "Choose a file to upload (.txt, .md, .html or .docx).";
    public const string NotAReadableFile = "\"{0}\" is not a file the archive reads: use .txt, .md, .html or .docx.";
    public const string FileTooLarge = "\"{0}\" is {1} KiB; the limit is {2} KiB. Nothing was saved.";
    public const string CannotBeRead = "\"{0}\" cannot be read:";

    // Decoding text.
    public const string Empty = "The file is empty.";
    public const string NoText = "The file holds no text (only spaces or control characters).";
    public const string BinaryNul = "The file is binary (it contains NUL bytes), not text.";
    public const string BinaryControls = "The file is binary (too many control characters), not text.";
    public const string BadUtf8AfterBom = "The file starts with a UTF-8 byte-order mark but holds bytes that are not valid UTF-8.";
    // One template per number: French (like English) says "is"/"are" differently.
    public const string DamagedUtf8OneByte = "The file is UTF-8 but {0} byte is not valid UTF-8 (the first at byte {1}, line {2}). Repair or re-save the file as UTF-8 and try again.";
    public const string DamagedUtf8Bytes = "The file is UTF-8 but {0} bytes are not valid UTF-8 (the first at byte {1}, line {2}). Repair or re-save the file as UTF-8 and try again.";
    public const string UnknownEncoding = "The file is not in an encoding the archive can read (it is not UTF-8, UTF-16 or Windows-1252). Save it as UTF-8 and try again.";

    // Formats and the pipeline.
    public const string UnsupportedFormat = "The format \"{0}\" is not supported; use .txt, .md, .html or .docx.";
    public const string Unreadable = "The file could not be read: it is damaged, or not in the format its name says.";
    public const string OverTimeBudget = "Reading the file took longer than its time budget ({0} s); nothing was saved.";
    public const string TextTooLong = "The file's text is longer than the archive takes ({0} characters).";
    public const string NoArticleText = "Nothing is left once the page furniture is removed: the file holds no article text.";
    public const string HtmlNoBody = "The HTML page has no body.";

    // Word documents.
    public const string DocxNoBody = "The .docx file has no document body.";
    public const string DocxTextTooLong = "The document's text is longer than the archive takes ({0} characters); split it or shorten it.";
    public const string DocxDtd = "The .docx file holds a DTD, which the archive does not read (it can expand without limit).";
    public const string DocxMalformedXml = "The .docx file holds malformed XML.";
    public const string DocxUnreadable = "The file is not a readable .docx document: it is damaged, or not a Word document saved as .docx.";
    public const string DocxTooManyParts = "The .docx package has {0} parts; a document has a few dozen.";
    public const string DocxExpandsTooMuch = "The .docx file expands to more than {0} bytes (a compressed file of {1} bytes); the archive does not read it.";

    /// <summary>Every template above, for the site's translations (and the test that each has one).</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        ChooseFile, NotAReadableFile, FileTooLarge, CannotBeRead,
        Empty, NoText, BinaryNul, BinaryControls, BadUtf8AfterBom, DamagedUtf8OneByte, DamagedUtf8Bytes, UnknownEncoding,
        UnsupportedFormat, Unreadable, OverTimeBudget, TextTooLong, NoArticleText, HtmlNoBody,
        DocxNoBody, DocxTextTooLong, DocxDtd, DocxMalformedXml, DocxUnreadable, DocxTooManyParts, DocxExpandsTooMuch,
    ];

    /// <summary>Values written the same whatever the culture of the thread (numbers as 1,048,576), as the English
    /// reasons always were; the site puts them into the translation as they are.</summary>
    public static string Format(string template, params object[] values) => string.Format(CultureInfo.InvariantCulture, template, values);

    /// <summary>A count as the reasons write it, grouped by thousands (1,048,576).</summary>
    public static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>The upload form's refusal of <paramref name="fileName"/> for <paramref name="reason"/>: two sentences, so
    /// that the reason is translated as it would be alone.</summary>
    public static string CannotRead(string fileName, string reason) => Format(CannotBeRead, fileName) + " " + reason;
}
