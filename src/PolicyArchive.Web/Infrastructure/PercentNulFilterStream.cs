namespace PolicyArchive.Web.Infrastructure;

/// <summary>A url-encoded body with every "%00" left out, filtered as it is read (see <see cref="NulFreeForms"/>). '%' and
/// '0' are ASCII and never part of a longer UTF-8 sequence, so the bytes can be filtered before they are decoded. A '%'
/// within the last two bytes of a read is held back until the next read tells whether it starts "%00".</summary>
public sealed class PercentNulFilterStream(Stream inner) : Stream
{
    private readonly byte[] _buffer = new byte[16 * 1024];
    private readonly byte[] _held = new byte[2];
    private int _heldCount;
    private int _start;
    private int _end;
    private bool _done;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken cancellationToken = default)
    {
        while (_start == _end && !_done)
        {
            var held = Restore();
            Filter(held, await inner.ReadAsync(_buffer.AsMemory(held), cancellationToken));
        }
        return Take(destination.Span);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(Span<byte> destination)
    {
        while (_start == _end && !_done)
        {
            var held = Restore();
            Filter(held, inner.Read(_buffer.AsSpan(held)));
        }
        return Take(destination);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <summary>Puts the bytes held back from the last read at the start of the buffer; returns how many.</summary>
    private int Restore()
    {
        _held.AsSpan(0, _heldCount).CopyTo(_buffer);
        return _heldCount;
    }

    /// <summary>Filters the buffer's held bytes and the ones just read in place; a read of nothing is the body's end.</summary>
    private void Filter(int held, int read)
    {
        var final = read == 0;
        var length = held + read;
        var write = 0;
        _heldCount = 0;
        for (var i = 0; i < length; i++)
        {
            if (_buffer[i] == (byte)'%')
            {
                if (!final && i + 2 >= length)
                {
                    _heldCount = length - i;
                    _buffer.AsSpan(i, _heldCount).CopyTo(_held);
                    break;
                }
                if (i + 2 < length && _buffer[i + 1] == (byte)'0' && _buffer[i + 2] == (byte)'0')
                {
                    i += 2;
                    continue;
                }
            }
            _buffer[write++] = _buffer[i];
        }
        (_start, _end, _done) = (0, write, final);
    }

    private int Take(Span<byte> destination)
    {
        var count = Math.Min(destination.Length, _end - _start);
        _buffer.AsSpan(_start, count).CopyTo(destination);
        _start += count;
        return count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
