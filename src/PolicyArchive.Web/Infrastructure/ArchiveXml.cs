using System.Text;
using System.Xml;
using PolicyArchive.Core.Documents;

namespace PolicyArchive.Web.Infrastructure;

/// <summary>The one way the archive writes XML (Atom feeds, OAI-PMH, sitemap, OpenSearch): UTF-8 without a byte-order mark,
/// and every text and attribute value passed through <see cref="ArchiveText"/>. The store no longer takes in a control
/// character, but an archive may hold some from before; XmlWriter throws on them, which failed the whole feed or OAI
/// answer for every reader. Synchronous only: the answers are written to memory first.</summary>
public static class ArchiveXml
{
    public static XmlWriter Create(Stream output, bool indent) =>
        new CleaningWriter(XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = indent }));

    /// <summary>Hands everything to the real writer, text without what XML cannot carry. Element and attribute names are
    /// the code's own, never stored text, and go through unchanged (the inner writer still checks them).</summary>
    private sealed class CleaningWriter(XmlWriter inner) : XmlWriter
    {
        public override XmlWriterSettings? Settings => inner.Settings;
        public override WriteState WriteState => inner.WriteState;
        public override XmlSpace XmlSpace => inner.XmlSpace;
        public override string? XmlLang => inner.XmlLang;

        public override void WriteString(string? text) => inner.WriteString(ArchiveText.Clean(text));
        public override void WriteChars(char[] buffer, int index, int count) => WriteString(new string(buffer, index, count));
        public override void WriteCData(string? text) => inner.WriteCData(ArchiveText.Clean(text));
        public override void WriteComment(string? text) => inner.WriteComment(ArchiveText.Clean(text));
        public override void WriteRaw(string data) => inner.WriteRaw(ArchiveText.Clean(data));
        public override void WriteRaw(char[] buffer, int index, int count) => WriteRaw(new string(buffer, index, count));
        public override void WriteProcessingInstruction(string name, string? text) => inner.WriteProcessingInstruction(name, ArchiveText.Clean(text));

        public override void WriteCharEntity(char ch)
        {
            if (ArchiveText.IsClean([ch])) inner.WriteCharEntity(ch);
        }

        public override void WriteSurrogateCharEntity(char lowChar, char highChar) => inner.WriteSurrogateCharEntity(lowChar, highChar);
        public override void WriteWhitespace(string? ws) => inner.WriteWhitespace(ws);
        public override void WriteEntityRef(string name) => inner.WriteEntityRef(name);
        public override void WriteBase64(byte[] buffer, int index, int count) => inner.WriteBase64(buffer, index, count);
        public override void WriteStartDocument() => inner.WriteStartDocument();
        public override void WriteStartDocument(bool standalone) => inner.WriteStartDocument(standalone);
        public override void WriteEndDocument() => inner.WriteEndDocument();
        public override void WriteDocType(string name, string? pubid, string? sysid, string? subset) => inner.WriteDocType(name, pubid, sysid, subset);
        public override void WriteStartElement(string? prefix, string localName, string? ns) => inner.WriteStartElement(prefix, localName, ns);
        public override void WriteEndElement() => inner.WriteEndElement();
        public override void WriteFullEndElement() => inner.WriteFullEndElement();
        public override void WriteStartAttribute(string? prefix, string localName, string? ns) => inner.WriteStartAttribute(prefix, localName, ns);
        public override void WriteEndAttribute() => inner.WriteEndAttribute();
        public override string? LookupPrefix(string ns) => inner.LookupPrefix(ns);
        public override void Flush() => inner.Flush();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
