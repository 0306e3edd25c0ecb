using System.CommandLine;
using Classifier.Training.Corpus;
using Classifier.Training.Data;

namespace Classifier.Cli.Commands;

/// <summary>corpus check / corpus split: keep the authored corpus honest and its held-out part fixed.</summary>
public static class CorpusCommand
{
    public static Command Create() => new("corpus", "Check the authored corpus, or top up its held-out split.")
    {
        CreateCheck(),
        CreateSplit(),
        CreateEvents(),
    };

    private static Option<string> EventsOption() => new("--events")
    {
        Description = "The event table (id,event): retellings of one event share a key and stay on one side of the split.",
        DefaultValueFactory = _ => EventTable.RelativePath,
        HelpName = "FILE.csv",
    };

    private static Command CreateEvents()
    {
        var articles = new Option<string>("--articles") { Description = "Training part.", DefaultValueFactory = _ => "data/articles" };
        var holdout = new Option<string>("--holdout") { Description = "Held-out part.", DefaultValueFactory = _ => "data/holdout" };
        var events = EventsOption();
        var command = new Command("events", $"Find retellings of one event (content-word Jaccard > {EventTwinFinder.Threshold}) and give them one key in the event table.")
        {
            articles, holdout, events,
        };
        command.SetAction(r =>
        {
            var data = new TrainingDataReader().Read(new[] { r.GetValue(articles)!, r.GetValue(holdout)! }.Where(Directory.Exists));
            var path = r.GetValue(events)!;
            var twins = EventTwinFinder.Find(data.Articles);
            var table = EventTable.FromTwins(twins.Select(t => (t.First.Id, t.Second.Id)), EventTable.Load(path));
            table.Save(path);
            Console.Out.WriteLine($"{twins.Count} twin pairs; {table.Count} articles in {table.Entries.Values.Distinct().Count()} multi-article events written to {path}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateCheck()
    {
        var data = new Option<string[]>("--data", "-d")
        {
            Description = "Corpus directories or files.",
            DefaultValueFactory = _ => ["data/articles", "data/holdout"],
            HelpName = "PATH",
        };
        var shared = new Option<string>("--shared")
        {
            Description = "The shared corpora folder for the 12-word leak check (skipped, with a message, when absent).",
            DefaultValueFactory = _ => "../shared",
            HelpName = "DIR",
        };
        var events = EventsOption();
        var command = new Command("check", "Schema, authoring rules, coverage minima, realism, event twins across the split, near-duplicates and leaks.") { data, shared, events };
        command.SetAction(r => Check(r.GetValue(data)!, r.GetValue(shared)!, EventTable.Load(r.GetValue(events)!)));
        return command;
    }

    private static Command CreateSplit()
    {
        var articles = new Option<string>("--articles") { Description = "Training part.", DefaultValueFactory = _ => "data/articles" };
        var holdout = new Option<string>("--holdout") { Description = "Held-out part.", DefaultValueFactory = _ => "data/holdout" };
        var fraction = new Option<double>("--fraction") { Description = "Held-out share per topic x tone stratum.", DefaultValueFactory = _ => 0.15 };
        var events = EventsOption();
        var command = new Command("split", "Move articles into the held-out part until each topic x tone stratum holds --fraction of it (never back); an event moves whole.")
        {
            articles, holdout, fraction, events,
        };
        command.SetAction(r =>
        {
            var result = HoldoutSplit.Apply(r.GetValue(articles)!, r.GetValue(holdout)!, r.GetValue(fraction), EventTable.Load(r.GetValue(events)!));
            Console.Out.WriteLine($"moved {result.Moved} articles; held out {result.HeldOut}, training {result.Training}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static int Check(string[] paths, string shared, EventTable events)
    {
        TrainingData data;
        try
        {
            data = new TrainingDataReader().Read(paths.Where(p => Directory.Exists(p) || File.Exists(p)));
        }
        catch (DataValidationException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.InvalidInput;
        }

        var problems = data.Articles.SelectMany(a => AuthoredArticleRules.Check(a).Select(p => $"{a.Location} ({a.Id}): {p}")).ToList();
        var coverage = CoverageReport.Measure(data.Articles, CoverageTargets.Issue3);
        Console.Out.WriteLine($"{coverage.Articles} articles; multi-region share {coverage.MultiRegionShare:P1}");
        Console.Out.WriteLine("topics:   " + string.Join(", ", coverage.Topics.Select(kv => $"{kv.Key} {kv.Value}")));
        Console.Out.WriteLine("tones:    " + string.Join(", ", coverage.Tones.Select(kv => $"{kv.Key} {kv.Value}")));
        Console.Out.WriteLine("regions:  " + string.Join(", ", coverage.Regions.Select(kv => $"{kv.Key} {kv.Value}")));
        Console.Out.WriteLine("primary:  " + string.Join(", ", coverage.PrimaryRegions.Select(kv => $"{kv.Key} {kv.Value}")));
        foreach (var (opening, count) in NearDuplicateFinder.RepeatedOpenings(data.Articles, 4, 5))
        {
            Console.Out.WriteLine($"opening used {count}x: \"{opening}\"");
        }

        problems.AddRange(coverage.Shortfalls.Select(s => $"coverage: {s}"));
        var realism = RealismReport.Measure(data.Articles, HoldoutSplit.IsHeldOut, events);
        Console.Out.WriteLine($"realism:  {realism}");
        problems.AddRange(realism.Problems());
        problems.AddRange(NearDuplicateFinder.Find(data.Articles, 0.5).Select(p => $"near-duplicate: {p.First} ~ {p.Second} (Jaccard {p.Jaccard:F2})"));
        var corpora = Path.Combine(shared, "corpora");
        if (Directory.Exists(corpora))
        {
            problems.AddRange(new LeakChecker(data.Articles).CheckDirectory(corpora).Select(l => $"leak: {l.ArticleId} shares a 12-word run with {l.Source}"));
        }
        else
        {
            Console.Out.WriteLine($"leak check against public corpora skipped: {Path.GetFullPath(corpora)} is missing");
        }

        foreach (var problem in problems)
        {
            Console.Out.WriteLine(problem);
        }

        Console.Out.WriteLine(problems.Count == 0 ? "corpus OK" : $"{problems.Count} problem(s)");
        return problems.Count == 0 ? ExitCodes.Success : ExitCodes.InvalidInput;
    }
}
