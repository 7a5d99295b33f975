using System.Text;
using PolicyArchive.Web.Infrastructure;

namespace PolicyArchive.Web.Tests.Security;

/// <summary>The url-encoded body without "%00", however the body arrives: a "%" or "%0" at the end of one read is held
/// until the next tells what it starts.</summary>
public sealed class PercentNulFilterStreamTests
{
    /// <summary>A body that arrives a few bytes at a time, as a slow client's would.</summary>
    private sealed class Trickle(byte[] bytes, int size) : MemoryStream(bytes)
    {
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(size, buffer.Length)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(size, buffer.Length)], cancellationToken);
    }

    [Theory]
    [InlineData("Input.Title=a%00b&junk=a%00b", "Input.Title=ab&junk=ab")]
    [InlineData("a=%2500&b=%25%30%30&c=%0A%00%%00", "a=%2500&b=%25%30%30&c=%0A%")]
    [InlineData("end=%", "end=%")]
    [InlineData("end=%0", "end=%0")]
    [InlineData("end=%00", "end=")]
    [InlineData("%00%00%00", "")]
    [InlineData("caf%C3%A9=th%C3%A9%00", "caf%C3%A9=th%C3%A9")]
    public async Task Leaves_out_every_percent_00_and_nothing_else(string body, string expected)
    {
        for (var size = 1; size <= 5; size++)
        {
            using var reader = new StreamReader(new PercentNulFilterStream(new Trickle(Encoding.ASCII.GetBytes(body), size)), Encoding.ASCII);
            Assert.Equal(expected, await reader.ReadToEndAsync());
            var sync = new PercentNulFilterStream(new Trickle(Encoding.ASCII.GetBytes(body), size));
            var output = new MemoryStream();
            sync.CopyTo(output);
            Assert.Equal(expected, Encoding.ASCII.GetString(output.ToArray()));
        }
    }
}
