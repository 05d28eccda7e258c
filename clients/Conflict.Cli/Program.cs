using Conflict.Cli.Cli;

// Parsing and dispatch live in CliApp; each command is a small class under Commands/.
return await CliApp.RunAsync(args, CliContext.ForConsole());
