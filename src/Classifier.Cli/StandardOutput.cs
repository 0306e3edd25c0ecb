using Microsoft.Win32.SafeHandles;

namespace Classifier.Cli;

/// <summary>Opens stdout so that a closed pipe is noticed. .NET's console stream swallows EPIPE on Unix (a write to a
/// reader that is gone just vanishes), which would let score read and score its whole input for nobody; a plain
/// file stream on descriptor 1 reports it as an <see cref="IOException"/> (<see cref="BrokenPipe"/>).</summary>
public static class StandardOutput
{
    public static Stream Open() =>
        OperatingSystem.IsWindows()
            ? Console.OpenStandardOutput()
            : new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
}
