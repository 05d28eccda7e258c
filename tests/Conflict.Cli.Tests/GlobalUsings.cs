global using Conflict.Cli.Tests.Fakes;
