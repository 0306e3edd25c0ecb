using System.Collections.Concurrent;
using Classifier.Progress;
using Spectre.Console;

namespace Classifier.Cli.Output;

/// <summary>Progress on stderr, never stdout (score writes its records there). Messages are lines with the elapsed
/// time, written synchronously so they stay in order (<see cref="Progress{T}"/> would post them to the thread pool).
/// Counted work (<see cref="WorkProgress"/>) is a Spectre.Console progress bar with rate and ETA when stderr is a
/// terminal, and a plain line at most every <see cref="PlainInterval"/> (and when a task completes) when it is not,
/// so CI logs and pipes get a readable trace instead of redraw codes.</summary>
public sealed class ConsoleProgress : IProgress<string>, IProgress<WorkProgress>, IDisposable
{
    public static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    private readonly TimeProvider _time;
    private readonly long _start;
    private readonly TextWriter _writer;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, TaskState> _tasks = new(StringComparer.Ordinal);
    private readonly LiveBars? _live;
    private bool _disposed;

    /// <param name="writer">Where plain lines go; stderr when null.</param>
    /// <param name="interactive">Whether to draw live bars; by default, when stderr is a terminal.</param>
    /// <param name="time">The clock (tests); the system's by default.</param>
    public ConsoleProgress(TextWriter? writer = null, bool? interactive = null, TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
        _start = _time.GetTimestamp();
        _writer = writer ?? Console.Error;
        if (interactive ?? (writer is null && !Console.IsErrorRedirected))
        {
            _live = new LiveBars();
        }
    }

    public void Report(string value)
    {
        var line = $"[{Elapsed:mm\\:ss}] {value}";
        if (_live is not null)
        {
            _live.Message(line);
            return;
        }

        lock (_gate)
        {
            _writer.WriteLine(line);
        }
    }

    public void Report(WorkProgress value)
    {
        TaskState state;
        lock (_gate)
        {
            if (!_tasks.TryGetValue(value.Task, out state!))
            {
                _tasks[value.Task] = state = new TaskState(Elapsed, value.Done);
            }
        }

        if (_live is not null)
        {
            _live.Update(value, Describe(value, state, plain: false));
            return;
        }

        var complete = value.Total is { } total && value.Done >= total;
        lock (_gate)
        {
            if (complete ? state.Completed : state.LastLine is { } last && Elapsed - last < PlainInterval)
            {
                return;
            }

            state.LastLine = Elapsed;
            state.Completed = complete;
            _writer.WriteLine($"[{Elapsed:mm\\:ss}] {Describe(value, state, plain: true)}");
        }
    }

    private TimeSpan Elapsed => _time.GetElapsedTime(_start);

    /// <summary>Stops the live display (leaving the bars' last state on screen); call it before writing results.</summary>
    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _live?.Dispose();
        }
    }

    /// <summary>"scoring: 1,200/5,000 articles (24%), 310 articles/s, ETA 00:00:12". The rate counts from the task's
    /// first report, and is left out until half a second has passed (a first batch would give a silly figure); the live
    /// bars show percentage and remaining time in their own columns.</summary>
    private string Describe(WorkProgress value, TaskState state, bool plain)
    {
        var seconds = (Elapsed - state.Started).TotalSeconds;
        double? rate = seconds >= 0.5 ? (value.Done - state.StartDone) / seconds : null;
        var text = value.Total is { } total && total > 0
            ? $"{value.Task}: {value.Done:N0}/{total:N0} {value.Unit}" + (plain ? $" ({100.0 * value.Done / total:F0}%)" : "")
            : $"{value.Task}: {value.Done:N0} {value.Unit}";
        if (rate is { } r)
        {
            text += $", {Rate(r)} {value.Unit}/s";
            if (plain && value.Total is { } t && r > 0 && value.Done < t)
            {
                text += $", ETA {TimeSpan.FromSeconds((t - value.Done) / r):hh\\:mm\\:ss}";
            }
        }

        return text;
    }

    private static string Rate(double rate) => rate >= 100 ? rate.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : rate.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);

    private sealed class TaskState(TimeSpan started, long startDone)
    {
        public TimeSpan Started { get; } = started;

        public long StartDone { get; } = startDone;

        public TimeSpan? LastLine { get; set; }

        public bool Completed { get; set; }
    }

    /// <summary>Spectre.Console's live progress display on stderr, run on its own thread until disposed; messages are
    /// printed above the bars.</summary>
    private sealed class LiveBars : IDisposable
    {
        private readonly IAnsiConsole _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Error),
            // Spectre judges interactivity by stdout, which score and --json redirect; stderr is a terminal here.
            Interactive = InteractionSupport.Yes,
        });
        private readonly ConcurrentDictionary<string, (WorkProgress Value, string Description)> _pending = new(StringComparer.Ordinal);
        private readonly ConcurrentQueue<string> _messages = new();
        private readonly CancellationTokenSource _stop = new();
        private Task? _display;

        public void Message(string line)
        {
            if (_display is null)
            {
                _console.WriteLine(line);
                return;
            }

            _messages.Enqueue(line);
        }

        public void Update(WorkProgress value, string description)
        {
            _pending[value.Task] = (value, description);
            _display ??= Start();
        }

        public void Dispose()
        {
            _stop.Cancel();
            try
            {
                _display?.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
            }

            while (_messages.TryDequeue(out var line))
            {
                _console.WriteLine(line);
            }

            _stop.Dispose();
        }

        private Task Start() => _console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                while (true)
                {
                    while (_messages.TryDequeue(out var line))
                    {
                        _console.WriteLine(line);
                    }

                    foreach (var (name, (value, description)) in _pending)
                    {
                        if (!tasks.TryGetValue(name, out var task))
                        {
                            tasks[name] = task = context.AddTask(Markup.Escape(description), maxValue: Math.Max(1, value.Total ?? 1));
                        }

                        task.Description = Markup.Escape(description);
                        task.IsIndeterminate = value.Total is null;
                        if (value.Total is { } total)
                        {
                            task.MaxValue = Math.Max(1, total);
                            task.Value = Math.Min(value.Done, total);
                        }
                    }

                    if (_stop.IsCancellationRequested)
                    {
                        foreach (var task in tasks.Values)
                        {
                            task.StopTask();
                        }

                        context.Refresh();
                        return;
                    }

                    await Task.Delay(100).ConfigureAwait(false);
                }
            });
    }
}
