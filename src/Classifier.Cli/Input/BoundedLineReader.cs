namespace Classifier.Cli.Input;

/// <summary>Splits a byte stream into lines of at most <c>maxLineBytes</c> bytes each, in memory bounded by that cap
/// whatever the input: a line over the cap is skipped up to its newline (and reported as such), so a stream with no
/// newline at all costs one buffer, not the stream. Each line is handed out as soon as its newline arrives, so a live
/// pipe is never held back.</summary>
public sealed class BoundedLineReader
{
    private const int InitialBuffer = 64 * 1024;
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private readonly Stream _stream;
    private readonly int _maxLineBytes;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private int _scanned;
    private bool _eof;
    private long _lineNumber;

    public BoundedLineReader(Stream stream, int maxLineBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineBytes, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxLineBytes, Array.MaxLength - 1);
        _stream = stream;
        _maxLineBytes = maxLineBytes;
        _buffer = new byte[Math.Min(InitialBuffer, maxLineBytes + 1)];
    }

    /// <summary>The next line without its line break (LF or CRLF); its bytes are valid until the next call. A line
    /// longer than the cap comes back with <see cref="RawLine.TooLong"/> set and no bytes.</summary>
    public bool TryRead(out RawLine line)
    {
        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', _scanned, _end - _scanned);
            if (newline >= 0)
            {
                line = Take(_start, newline);
                _start = _scanned = newline + 1;
                return true;
            }

            _scanned = _end;
            if (_end - _start > _maxLineBytes)
            {
                line = SkipRestOfLine();
                return true;
            }

            if (_eof)
            {
                if (_end > _start)
                {
                    line = Take(_start, _end);
                    _start = _scanned = _end;
                    return true;
                }

                line = default;
                return false;
            }

            Fill();
        }
    }

    private RawLine Take(int from, int newline)
    {
        var end = newline > from && _buffer[newline - 1] == '\r' ? newline - 1 : newline;
        if (_lineNumber++ == 0 && _buffer.AsSpan(from, end - from).StartsWith(Utf8Bom))
        {
            from += Utf8Bom.Length;
        }

        return new RawLine(_lineNumber, _buffer.AsMemory(from, end - from), TooLong: false);
    }

    // Over the cap and no newline yet: drop what is buffered and read on, discarding, to the end of the line.
    private RawLine SkipRestOfLine()
    {
        var number = ++_lineNumber;
        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (newline >= 0)
            {
                _start = _scanned = newline + 1;
                return new RawLine(number, ReadOnlyMemory<byte>.Empty, TooLong: true);
            }

            _start = _end = _scanned = 0;
            if (_eof)
            {
                return new RawLine(number, ReadOnlyMemory<byte>.Empty, TooLong: true);
            }

            Fill();
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _scanned -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, (int)Math.Min((long)_buffer.Length * 2, _maxLineBytes + 1L));
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }
}

/// <summary>One line of a stream: its 1-based number and bytes, or that it was over the length cap.</summary>
public readonly record struct RawLine(long Number, ReadOnlyMemory<byte> Bytes, bool TooLong);
