using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Classifier.Cli.Tests.Support;
using Classifier.Tests.Shared;

namespace Classifier.Cli.Tests;

/// <summary>The HTTP service as a user runs it: a process on loopback, stopped with SIGTERM.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_answers_on_loopback_and_stops_cleanly_on_sigterm()
    {
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        using var process = CliProcess.Start("serve", "--urls", url);
        var stderr = new StringBuilder();
        process.ErrorDataReceived += (_, e) => { lock (stderr) { stderr.AppendLine(e.Data); } };
        process.BeginErrorReadLine();
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            await WaitUntilReady(client, process, stderr);

            using var response = await client.PostAsync(
                "/v1/classify",
                new StringContent("{\"id\":\"p1\",\"text\":\"Floods in Bangladesh killed 20 people, officials in Dhaka said.\"}", Encoding.UTF8, "application/json"));
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("\"id\":\"p1\"", body, StringComparison.Ordinal);

            // From a checkout, the bundle that `train --out models/default` replaces, not the build's copy in bin/.
            lock (stderr)
            {
                Assert.Contains($"watching {RepoPaths.ShippedModel} for a new bundle every 5s", stderr.ToString(), StringComparison.Ordinal);
            }
            Assert.Contains("\"region\":\"south-asia\"", body, StringComparison.Ordinal);

            using var bad = await client.PostAsync("/v1/classify", new StringContent("{oops", Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(exit.Token);
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    [Fact]
    public void Serve_on_a_taken_port_says_which_address()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var result = CliProcess.Run(null, "serve", "--urls", $"http://127.0.0.1:{port}");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains($"cannot listen on http://127.0.0.1:{port}", result.StdErr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2147483648")]
    [InlineData("3000000000")]
    [InlineData("0")]
    public void A_body_limit_outside_1_byte_to_2_GiB_is_a_parse_error(string limit)
    {
        var result = CliProcess.Run(null, "serve", "--urls", $"http://127.0.0.1:{FreePort()}", "--max-body-bytes", limit);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--max-body-bytes must be between 1 and 2147418111 bytes (under 2 GiB", result.StdErr, StringComparison.Ordinal);
    }

    private static async Task WaitUntilReady(HttpClient client, Process process, StringBuilder stderr)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(process.HasExited, $"serve exited early with {(process.HasExited ? process.ExitCode : 0)}: {stderr}");
            try
            {
                using var ready = await client.GetAsync("/readyz");
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        Assert.Fail($"serve was not ready within 60 s: {stderr}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
