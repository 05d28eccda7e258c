namespace Conflict.Extraction.Numbers;

/// <summary>A number read at a token: its value (or interval for vague forms) and the token after it.</summary>
internal readonly record struct NumberValue(double Value, int End, NumberForm Form, double Low = 0, double High = 0);
