using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Classifier.Tests.Shared;

/// <summary>A real <c>nats-server</c> with JetStream, on a free loopback port with its own store, for one test or
/// fixture; disposing kills it and deletes the store. Without the program the tests fail rather than pass unseen.</summary>
internal sealed class NatsServer : IDisposable
{
    public const string MissingMessage = "MISSING nats-server: apt-get install -y nats-server";

    private static readonly string[] s_wellKnownPaths = ["/usr/sbin/nats-server", "/usr/bin/nats-server", "/usr/local/bin/nats-server"];

    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly DirectoryInfo _store;

    private NatsServer(Process process, DirectoryInfo store, int port)
    {
        _process = process;
        _store = store;
        Port = port;
    }

    public int Port { get; }

    public string Url => $"nats://127.0.0.1:{Port}";

    /// <summary>What the server has written so far (it logs to stderr), for failure messages.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Whether the server still runs, and what it logged: for failure messages.</summary>
    public string Describe()
    {
        var state = _process.HasExited ? $"exited with code {_process.ExitCode}" : "running";
        return $"nats-server pid {_process.Id} on port {Port} is {state}. Its output:\n{Log}";
    }

    /// <summary>The program on PATH (Debian installs it in /usr/sbin, which is not on every PATH), or null.</summary>
    public static string? FindExecutable()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "nats-server"));
        return onPath.Concat(s_wellKnownPaths).FirstOrDefault(File.Exists);
    }

    /// <summary>Starts a server and returns once it accepts clients with JetStream on; throws (failing the test) when
    /// the program is missing or the server does not come up within <paramref name="timeout"/>.</summary>
    public static NatsServer Start(TimeSpan? timeout = null)
    {
        var executable = FindExecutable() ?? throw new InvalidOperationException(MissingMessage);
        var store = Directory.CreateTempSubdirectory("nats-js-");
        var port = FreePort();
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-js", "-a", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-sd", store.FullName })
        {
            info.ArgumentList.Add(arg);
        }

        var process = new Process { StartInfo = info };
        var server = new NatsServer(process, store, port);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            server.WaitUntilReady(timeout ?? TimeSpan.FromSeconds(15));
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // It was never started, or exited between the check and the kill.
        }

        _process.Dispose();
        try
        {
            _store.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a dying server; the temp dir is cleaned up by the OS eventually.
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    /// <summary>Ready means a client gets the server's INFO line and it says JetStream is on: the server opens its
    /// client port only after JetStream has started, so a bare TCP connect is not quite enough on its own.</summary>
    private void WaitUntilReady(TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        var lastProblem = "no attempt yet";
        while (watch.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"nats-server exited with code {_process.ExitCode} before accepting clients on port {Port}. Its output:\n{Log}");
            }

            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                client.ReceiveTimeout = 2000;
                using var reader = new StreamReader(client.GetStream(), Encoding.ASCII);
                var line = reader.ReadLine() ?? "";
                if (line.StartsWith("INFO ", StringComparison.Ordinal) && line.Contains("\"jetstream\":true", StringComparison.Ordinal))
                {
                    return;
                }

                lastProblem = $"first line was \"{line}\"";
            }
            catch (Exception e) when (e is SocketException or IOException)
            {
                lastProblem = e.Message;
            }

            Thread.Sleep(50);
        }

        throw new TimeoutException(
            $"nats-server did not accept JetStream clients on port {Port} within {timeout.TotalSeconds:F0}s ({lastProblem}). Its output:\n{Log}");
    }
}
