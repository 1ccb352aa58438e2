namespace Portfolio.Cli;

/// <summary>The command line could not be understood; the message says how to fix it.</summary>
public sealed class UsageException(string message) : Exception(message);
