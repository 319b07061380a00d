export const revalidatePath = () => undefined;
