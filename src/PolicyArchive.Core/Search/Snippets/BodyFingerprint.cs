using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace PolicyArchive.Core.Search.Snippets;

/// <summary>Which body the index analysed. A hit's term-vector offsets point into that text; a body read from the store
/// that is newer (an edit the indexer has not taken in yet) gets its marks by analysis instead, so they never land
/// on the wrong words.</summary>
public static class BodyFingerprint
{
    public static long Of(string body)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(MemoryMarshal.AsBytes(body.AsSpan()), hash);
        return BinaryPrimitives.ReadInt64LittleEndian(hash);
    }
}
