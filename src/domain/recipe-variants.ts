/**
 * Every recipe the app can write, derived from the questions and the recipe rules rather than
 * listed by hand: `verify:recipes` installs and runs exactly these, and the unit tests check them.
 */
import { RECIPE_RULES, type RecipeQuestionId } from './content/recipe-rules';
import { FRAMEWORK_IDS } from './frameworks';
import { questionById, type Answers } from './questions';
import { recipeFor, type StackRecipe } from './stack-recipe';

/**
 * One answer value per distinct meaning of a question for the recipe (values whose rows in
 * content/recipe-rules are equal change nothing between them), plus no answer. A value a new
 * model adds gets its own variant as soon as its row differs from every other.
 */
export function representativeValues(id: RecipeQuestionId): (string | undefined)[] {
  const table: Readonly<Record<string, unknown>> = RECIPE_RULES[id];
  const byMeaning = new Map<string, string>();
  for (const option of questionById(id).options) {
    const meaning = JSON.stringify(table[option.value]);
    if (!byMeaning.has(meaning)) byMeaning.set(meaning, option.value);
  }
  return [...byMeaning.values(), undefined];
}

/**
 * Every combination of the representative answers of the questions a recipe reads: enough to
 * reach every recipe the code can write, whether or not that framework would win with them.
 */
export function recipeAnswerVariants(): Answers[] {
  let variants: Record<string, string>[] = [{}];
  for (const id of Object.keys(RECIPE_RULES) as RecipeQuestionId[]) {
    variants = variants.flatMap((answers) =>
      representativeValues(id).map((value) =>
        value === undefined ? answers : { ...answers, [id]: value },
      ),
    );
  }
  return variants as Answers[];
}

/**
 * One recipe per distinct install line, starter app and commands, for every framework and every
 * answer variant: what `npm run verify:recipes` installs and runs. Beginner steps come with the
 * recipes that carry them.
 */
export function distinctRecipes(): StackRecipe[] {
  const byContent = new Map<string, StackRecipe>();
  for (const framework of FRAMEWORK_IDS) {
    for (const answers of recipeAnswerVariants()) {
      const recipe = recipeFor(answers, framework);
      const key = JSON.stringify([recipe.pipInstall, recipe.starterApp, recipe.commands]);
      const known = byContent.get(key);
      // Keep the variant that carries a beginner step, so those are run too.
      if (!known || (!known.beginner && recipe.beginner)) byContent.set(key, recipe);
    }
  }
  return [...byContent.values()];
}
