using System.Text;
using Classifier.Cli.Input;

namespace Classifier.Cli.Tests.Input;

public class BoundedLineReaderTests
{
    [Fact]
    public void Splits_on_LF_and_CRLF_drops_a_leading_BOM_and_keeps_a_last_line_without_newline()
    {
        var lines = ReadAll("\uFEFFfirst\r\nsecond\n\nlast", maxLineBytes: 64);

        Assert.Equal(["1:first", "2:second", "3:", "4:last"], lines);
    }

    [Fact]
    public void A_line_over_the_cap_is_reported_and_reading_goes_on_after_its_newline()
    {
        var lines = ReadAll($"ok\n{new string('x', 5000)}\nnext\n{new string('y', 100)}", maxLineBytes: 100);

        Assert.Equal(["1:ok", "2:<too long>", "3:next", "4:" + new string('y', 100)], lines);
    }

    [Fact]
    public void A_line_exactly_at_the_cap_is_read()
    {
        Assert.Equal(["1:" + new string('z', 100), "2:a"], ReadAll(new string('z', 100) + "\na", maxLineBytes: 100));
    }

    [Fact]
    public void A_stream_without_any_newline_is_read_in_memory_bounded_by_the_cap()
    {
        const int cap = 1 << 20;
        using var endless = new PatternStream(length: 64L << 20); // 64 MiB, no newline, never held in memory
        var reader = new BoundedLineReader(endless, cap);

        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.True(reader.TryRead(out var line));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(line.TooLong);
        Assert.Equal(1, line.Number);
        Assert.False(reader.TryRead(out _));
        Assert.True(allocated < 4L * cap, $"allocated {allocated} bytes reading 64 MiB with a 1 MiB cap");
    }

    private static List<string> ReadAll(string content, int maxLineBytes)
    {
        var reader = new BoundedLineReader(new MemoryStream(Encoding.UTF8.GetBytes(content)), maxLineBytes);
        var lines = new List<string>();
        while (reader.TryRead(out var line))
        {
            lines.Add($"{line.Number}:{(line.TooLong ? "<too long>" : Encoding.UTF8.GetString(line.Bytes.Span))}");
        }

        return lines;
    }

    /// <summary>A read-only stream of 'a' bytes of a given length, produced on demand.</summary>
    private sealed class PatternStream(long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            buffer.AsSpan(offset, n).Fill((byte)'a');
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
