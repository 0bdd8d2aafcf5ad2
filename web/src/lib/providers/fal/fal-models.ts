import 'server-only';
import type { ModelSpec } from '../provider';
import { lyriaRecipe, stableAudioRecipe } from './fal-audio';
import { fluxDevRecipe } from './fal-image';
import type { FalRecipe } from './fal-recipe';
import { klingRecipe, veoRecipe } from './fal-video';
import { finalFalError } from './map-fal-error';

/** Every fal model in the catalog and how it is called. */
const RECIPES: Record<string, FalRecipe> = {
  'fal-ai/flux/dev': fluxDevRecipe,
  'fal-ai/veo3.1': veoRecipe,
  'fal-ai/kling-video/v3/standard/text-to-video': klingRecipe,
  'fal-ai/kling-video/v3/pro/text-to-video': klingRecipe,
  'fal-ai/stable-audio-25/text-to-audio': stableAudioRecipe,
  'fal-ai/lyria2': lyriaRecipe,
};

export function falRecipeOrThrow(model: ModelSpec): FalRecipe {
  const recipe = Object.hasOwn(RECIPES, model.id) ? RECIPES[model.id] : undefined;
  if (!recipe) throw finalFalError('model_not_found', `MediaLab cannot run the fal model "${model.id}".`);
  return recipe;
}
