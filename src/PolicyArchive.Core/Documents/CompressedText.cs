using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PolicyArchive.Core.Documents;

/// <summary>How bodies (a document's and each revision's) are kept in the store: Brotli-compressed UTF-8, about a third of
/// the text's size. Every read and write of a body column goes through <see cref="Converter"/>, so the code above EF sees
/// strings. A stored value is compressed exactly when it begins with 0xFF, a byte UTF-8 text never begins with: rows written
/// before compression (UTF-8 text) and short texts, stored plain, read as they are.</summary>
public static class CompressedText
{
    private const byte Marker = 0xFF, BrotliV1 = 0x01;
    private const int HeaderLength = 6; // marker, format, length of the UTF-8 text (4 bytes, little-endian)

    // Quality 4 compresses these texts about 3:1 at well over 100 MB/s; higher qualities gained a few percent for several times the CPU.
    private const int Quality = 4, Window = 22;

    /// <summary>Texts shorter than this are stored plain: compression would save little and costs a header.</summary>
    private const int MinCompressedBytes = 256;

    // A body may be compressed ahead, in parallel (ingestion), and the save then finds it here instead of compressing it again.
    private static readonly ConditionalWeakTable<string, byte[]> Packed = new();

    public static readonly ValueConverter<string, byte[]> Converter = new(text => Pack(text), stored => Unpack(stored));

    public static byte[] Pack(string text)
    {
        if (Packed.TryGetValue(text, out var known)) return known;
        var length = Encoding.UTF8.GetByteCount(text);
        if (length < MinCompressedBytes) return Encoding.UTF8.GetBytes(text);
        var utf8 = ArrayPool<byte>.Shared.Rent(length);
        var output = ArrayPool<byte>.Shared.Rent(HeaderLength + BrotliEncoder.GetMaxCompressedLength(length));
        try
        {
            Encoding.UTF8.GetBytes(text, utf8);
            output[0] = Marker;
            output[1] = BrotliV1;
            BinaryPrimitives.WriteInt32LittleEndian(output.AsSpan(2), length);
            if (!BrotliEncoder.TryCompress(utf8.AsSpan(0, length), output.AsSpan(HeaderLength), out var written, Quality, Window))
                throw new InvalidOperationException("Brotli could not compress a body into its maximum compressed length.");
            var packed = output.AsSpan(0, HeaderLength + written).ToArray();
            Packed.AddOrUpdate(text, packed);
            return packed;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
            ArrayPool<byte>.Shared.Return(output);
        }
    }

    public static string Unpack(byte[] stored)
    {
        if (stored.Length < HeaderLength || stored[0] != Marker) return Encoding.UTF8.GetString(stored);
        if (stored[1] != BrotliV1) throw new InvalidDataException($"A stored body has an unknown format ({stored[1]}).");
        var length = BinaryPrimitives.ReadInt32LittleEndian(stored.AsSpan(2));
        var utf8 = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            if (!BrotliDecoder.TryDecompress(stored.AsSpan(HeaderLength), utf8.AsSpan(0, length), out var written) || written != length)
                throw new InvalidDataException("A stored body could not be decompressed.");
            return Encoding.UTF8.GetString(utf8, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }
}
