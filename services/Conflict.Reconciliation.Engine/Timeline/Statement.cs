namespace Conflict.Reconciliation.Engine.Timeline;

/// <summary>One independent statement: the claims that relay it, the source that made it, where its evidence sits.</summary>
/// <param name="Key">The statement key (or the claim id when none was given).</param>
/// <param name="Source">Source index of the claimant.</param>
/// <param name="EndNode">Node of the last day it is about.</param>
/// <param name="FromNode">Node of the first day it is about.</param>
/// <param name="Value">The stated figure.</param>
/// <param name="Category">Category index (categorical variables), else -1.</param>
internal readonly record struct Statement(string Key, int Source, int EndNode, int FromNode, Stated Value, int Category);
