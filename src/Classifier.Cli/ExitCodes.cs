namespace Classifier.Cli;

/// <summary>Process exit codes, documented in the README.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command line is wrong (unknown option, missing argument, a value out of range): one line says
    /// which.</summary>
    public const int Usage = 1;

    /// <summary>Input or output cannot be used: a missing file, invalid labelled records, an empty article, an
    /// output that cannot be written (an I/O error).</summary>
    public const int InvalidInput = 2;

    /// <summary>The model bundle is missing, corrupt or from an incompatible version.</summary>
    public const int ModelError = 3;

    /// <summary>score finished, every record has an output line, but some of them are errors.</summary>
    public const int RecordErrors = 4;

    /// <summary>worker: the NATS server cannot be reached at the given URL, has no JetStream, or a stream or the durable
    /// consumer there cannot be used as asked (e.g. an existing stream does not capture the subject); the message says
    /// which.</summary>
    public const int BrokerError = 5;

    /// <summary>Anything unexpected (a bug): one line on stderr names the exception type and its message.</summary>
    public const int Internal = 70;

    /// <summary>score: the reader of stdout went away (<c>classifier score | head</c>); reading stopped there. 141 is
    /// what a shell reports for a process killed by SIGPIPE, so pipelines treat it like any other tool's.</summary>
    public const int BrokenPipe = 141;
}
