export interface LeaderboardEntry {
  readonly rank: number;
  readonly learnerId: string;
  readonly name: string;
  readonly points: number;
}

export interface Leaderboard {
  readonly cohortId: string;
  readonly entries: LeaderboardEntry[];
}
