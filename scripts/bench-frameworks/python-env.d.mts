export interface Requirement {
  requirement: string;
  name: string;
  release?: string;
}
export declare function parseRequirements(text: string): Requirement[];
