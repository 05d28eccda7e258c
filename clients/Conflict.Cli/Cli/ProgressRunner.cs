using Spectre.Console;

namespace Conflict.Cli.Cli;

/// <summary>Runs work under a progress bar when stdout is a terminal, and plainly otherwise.</summary>
internal static class ProgressRunner
{
    public static async Task<T> RunAsync<T>(CliContext cli, string description, double total, Func<IProgress<double>, Task<T>> work)
    {
        if (!cli.Interactive || total <= 1)
        {
            return await work(new InlineProgress<double>(_ => { }));
        }
        return await cli.Console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(description), maxValue: total);
                var result = await work(new InlineProgress<double>(value => task.Value = value));
                task.Value = total;
                return result;
            });
    }
}
