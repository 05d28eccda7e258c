using Conflict.Interop;

// `server --port N` serves the interop test service on our layer; `client --host H --port N [--cases a,b]`
// runs our client through the standard cases against any server. See InteropArguments for the flags.
return await InteropCommand.RunAsync(args).ConfigureAwait(false);
